// Compiles nothing: the target that owns the precompiled Qt headers the tests reuse (tests/CMakeLists.txt).
