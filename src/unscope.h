// ==== [qlm:unscope] internal macros end here ============================================
#undef QLMI_MESSAGES
#undef QLMI_PRINTF
#undef QLMI_TARGET_AVX2
#undef QLMI_X86
