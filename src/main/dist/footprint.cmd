@echo off
rem Runs footprint.jar (beside this script) with the JVM settings of the footprint shell script (see there),
rem its class-data archive footprint.jsa included when the build left one.
setlocal
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
set CDS=
if exist "%~dp0footprint.jsa" set CDS="-XX:SharedArchiveFile=%~dp0footprint.jsa" "-Xlog:cds*=off"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:Tier3InvocationThreshold=50 -XX:Tier3MinInvocationThreshold=25 -XX:Tier3CompileThreshold=500 -XX:Tier3BackEdgeThreshold=10000 -XX:+UseSerialGC %CDS% %JAVA_OPTS% -jar "%~dp0footprint.jar" %*
