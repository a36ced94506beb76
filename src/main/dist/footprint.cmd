@echo off
rem Runs footprint.jar (beside this script) with the JVM settings of the footprint shell script (see there).
setlocal
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:Tier3InvocationThreshold=50 -XX:Tier3MinInvocationThreshold=25 -XX:Tier3CompileThreshold=500 -XX:Tier3BackEdgeThreshold=10000 -XX:+UseSerialGC %JAVA_OPTS% -jar "%~dp0footprint.jar" %*
