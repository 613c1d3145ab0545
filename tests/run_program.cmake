# Runs one program through the switchyard binary and compares what it did with what was
# expected. Invoked by ctest as:
#   cmake -DSWITCHYARD=... -DDIR=... -DFILE=... [-DMODE_OPTS=...] [-DOPTS=...] [-DARGS=...]
#         [-DEXPECT_OUT_FILE=... | -DEXPECT_OUT=...] [-DEXPECT_ERR_FILE=... | -DEXPECT_ERR=...]
#         [-DEXPECT_ERR_MATCH=regex | -DEXPECT_ERR_MATCH_FILE=...] [-DEXPECT_EXIT=N | -DEXPECT_EXIT_FILE=...]
#         [-DMASK_FILE=...] [-DTIMEOUT=seconds] -P run_program.cmake
# MASK_FILE holds regular expressions, one per line (# starts a comment line): every match
# in standard output and in the expected output is replaced by "<masked>" before they are
# compared (time stamps, pids and memory figures in erl's logger reports).
# The program runs in DIR with FILE given relative to it, so messages name it as written.
# MODE_OPTS are the options of an execution mode (corpus.cmake), placed before OPTS.
# Unset expectations mean: stdout anything only if EXPECT_OUT* is unset, stderr empty,
# exit status 0.
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 300)
endif()
separate_arguments(mode_opts UNIX_COMMAND "${MODE_OPTS}")
separate_arguments(opts UNIX_COMMAND "${OPTS}")
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(
  COMMAND ${SWITCHYARD} run ${mode_opts} ${opts} ${FILE} ${args}
  WORKING_DIRECTORY ${DIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status
  TIMEOUT ${TIMEOUT})

if(DEFINED EXPECT_OUT_FILE)
  file(READ ${EXPECT_OUT_FILE} EXPECT_OUT)
endif()
# Expectations written at build time (made beside generated inputs).
if(DEFINED EXPECT_ERR_MATCH_FILE)
  file(READ ${EXPECT_ERR_MATCH_FILE} EXPECT_ERR_MATCH)
  string(STRIP "${EXPECT_ERR_MATCH}" EXPECT_ERR_MATCH)
endif()
if(DEFINED EXPECT_EXIT_FILE)
  file(STRINGS ${EXPECT_EXIT_FILE} EXPECT_EXIT LIMIT_COUNT 1)
endif()
if(DEFINED EXPECT_ERR_FILE)
  file(READ ${EXPECT_ERR_FILE} EXPECT_ERR)
endif()
if(NOT DEFINED EXPECT_ERR)
  set(EXPECT_ERR "")
endif()
if(NOT DEFINED EXPECT_EXIT)
  set(EXPECT_EXIT 0)
endif()

if(DEFINED MASK_FILE)
  file(STRINGS ${MASK_FILE} masks REGEX "^[^#]")
  foreach(mask ${masks})
    string(REGEX REPLACE "${mask}" "<masked>" out "${out}")
    if(DEFINED EXPECT_OUT)
      string(REGEX REPLACE "${mask}" "<masked>" EXPECT_OUT "${EXPECT_OUT}")
    endif()
  endforeach()
endif()

set(failed FALSE)
if(NOT "${status}" STREQUAL "${EXPECT_EXIT}")
  message("exit status: expected ${EXPECT_EXIT}, got ${status}")
  set(failed TRUE)
endif()
if(DEFINED EXPECT_OUT AND NOT "${out}" STREQUAL "${EXPECT_OUT}")
  message("stdout differs.\n--- expected ---\n${EXPECT_OUT}--- got ---\n${out}--- end ---")
  set(failed TRUE)
endif()
if(DEFINED EXPECT_ERR_MATCH)
  if(NOT "${err}" MATCHES "${EXPECT_ERR_MATCH}")
    message("stderr does not match /${EXPECT_ERR_MATCH}/:\n${err}")
    set(failed TRUE)
  endif()
elseif(NOT "${err}" STREQUAL "${EXPECT_ERR}")
  message("stderr differs.\n--- expected ---\n${EXPECT_ERR}--- got ---\n${err}--- end ---")
  set(failed TRUE)
endif()
if(failed)
  message(FATAL_ERROR "${FILE}: FAILED")
endif()
