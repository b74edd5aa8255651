// The scan is in the header (inlined into the Swift reader); a C target needs one source file.
#include "MicromanceCSVScan.h"
