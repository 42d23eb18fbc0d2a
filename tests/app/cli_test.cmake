# SPDX-License-Identifier: GPL-3.0-or-later
# lectern-cli end to end: run a command, compare exit code and output.
function(expect_run expected_code expected_out)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL expected_code)
        message(FATAL_ERROR "lectern-cli ${ARGN}: exit ${code}, expected ${expected_code}\n${out}\n${err}")
    endif()
    if(NOT expected_out STREQUAL "" AND NOT "${out}${err}" MATCHES "${expected_out}")
        message(FATAL_ERROR "lectern-cli ${ARGN}: output does not match '${expected_out}':\n${out}\n${err}")
    endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

expect_run(0 "lectern-cli [0-9]+\\.[0-9]+" --version)
expect_run(0 "^19 March 2025\n$" get ${SEED} date)
expect_run(0 "^\\[\"seminar\"\\]\n$" get ${SEED} categories)
expect_run(0 "\"layout\": \"post\"" get ${SEED})
expect_run(0 "## Bio:" get ${SEED} --body)
expect_run(3 "no key \"speaker\"" get ${SEED} speaker)
expect_run(2 "no such file" get ${WORK_DIR}/missing.md)
execute_process(COMMAND printf "---\\ntitle: Caf\\351\\n---\\n" OUTPUT_FILE ${WORK_DIR}/latin1.md)
expect_run(2 "latin1.md:2:[0-9]+: not valid UTF-8" get ${WORK_DIR}/latin1.md)
