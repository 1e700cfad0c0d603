// The one translation unit that compiles quantlm's implementation for the examples.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"
