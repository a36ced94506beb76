/**
 * The command line: picocli commands, exit-code mapping and a thin pipeline that calls the library
 * stages in order (load, graph, cluster, align, write). Exit codes: 0 done; 2 usage error or invalid
 * input (nothing written); 3 done but a {@code --fail-on} gate failed (outputs written); 1 internal
 * error. {@code System.exit} is called only in {@link io.footprint.cli.Main#main}.
 */
package io.footprint.cli;
