package org.credence.cli;

import java.util.concurrent.Callable;
import org.credence.Version;
import org.credence.report.JsonReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code credence version}: prints the version, the report schema and the Java runtime. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print Credence's version.")
final class VersionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new Provider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        return Main.OK;
    }

    /** Version lines for {@code --version} and {@code version}. */
    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"credence " + Version.get(),
                    "report schema " + JsonReport.SCHEMA_VERSION,
                    "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
