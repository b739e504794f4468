# One INTERFACE target carries the project's language level, warnings and Qt macros.
add_library(brc_options INTERFACE)
add_library(brc::options ALIAS brc_options)

target_compile_features(brc_options INTERFACE cxx_std_20)
target_compile_options(brc_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(brc_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    BRC_VERSION="${PROJECT_VERSION}")
