/**
 * Readers and writers of footprint's input formats, with every load problem kept as data.
 *
 * <p>Terms: a <b>problem</b> is one thing wrong with an input, located by file, line and column and
 * carrying the offending value; its {@link io.footprint.io.ProblemType} says whether it is
 * <b>fatal</b> (the run stops with exit code 2 and writes nothing) or a <b>warning</b> (the run goes on;
 * warnings of one type are reported once, with a count). Readers never throw on bad data: they record
 * problems and go on, so that one run reports everything wrong with a file. Flows are streamed and
 * aggregated as they are read, never held as rows.
 */
package io.footprint.io;
