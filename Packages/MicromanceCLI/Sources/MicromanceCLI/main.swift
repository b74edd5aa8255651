import MicromanceCommands

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

exit(MicromanceCommand.run(CommandLine.arguments.dropFirst().map { $0 }, in: .live))
