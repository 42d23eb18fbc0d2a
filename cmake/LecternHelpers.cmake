# SPDX-License-Identifier: GPL-3.0-or-later
# Per-target settings every Lectern target shares (no global add_definitions).
function(lectern_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(LECTERN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        LECTERN_VERSION="${PROJECT_VERSION}")
endfunction()
