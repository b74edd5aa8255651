import MicromanceCommands

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// A file size limit (`ulimit -f`) should fail a write with an error the store reports and
// cleans up after, not kill the process half-way through writing a temporary file.
signal(SIGXFSZ, SIG_IGN)
exit(MicromanceCommand.run(CommandLine.arguments.dropFirst().map { $0 }, in: .live))
