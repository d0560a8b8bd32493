# Included by the top-level CMakeLists.txt before src/ when MFAPOLICY_BUILD_FUZZERS is on:
# everything compiled afterwards carries libFuzzer's coverage counters and the address and
# undefined-behaviour sanitizers; only the fuzz targets link libFuzzer's main.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MFAPOLICY_BUILD_FUZZERS needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
        "configure with the fuzz preset or -DCMAKE_CXX_COMPILER=clang++-14")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer -gline-tables-only)
add_link_options(-fsanitize=address,undefined)
