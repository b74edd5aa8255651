// Nothing to compile: the header declares LLVMFuzzerRunDriver, which -sanitize=fuzzer links in.
#include "CFuzzer.h"
