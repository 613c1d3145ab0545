# sy_add_corpus(DIR EXT): one ctest test per DIR/*.EXT program. Beside prog.EXT:
#   prog.out   expected stdout (required)      prog.err   expected stderr (default: empty)
#   prog.exit  expected exit status (default 0)
#   prog.opts  options placed before the file  prog.args  arguments placed after it
# A file DIR/PENDING lists programs that are not registered yet: one per line, the file
# name first, then the reason (lines starting with # are comments).
# Execution modes. Every corpus program runs in each of them and must print the same
# thing. An entry is NAME=OPTIONS: a program's plain test (<dir>/<prog>) runs it as it is,
# and each mode adds the test <dir>/<prog>@NAME with OPTIONS before the program's own. The
# modes so far are the PIC dispatch strategies other than the default (pic:8): a cache of
# one entry that relinks at every new selector, one that reorders two entries by hits and
# then goes megamorphic, and the shared megamorphic cache alone. `ctest -R @mega` runs one
# mode, `ctest -E @` the plain tests.
set(SY_EXECUTION_MODES "mono=--dispatch=mono" "freq2=--dispatch=freq:2" "mega=--dispatch=mega")

# sy_program_expectations(VAR DIR STEM): the run_program.cmake definitions for the files
# beside DIR/STEM.*: STEM.out (required), STEM.err, STEM.mask, STEM.exit, STEM.opts,
# STEM.args.
function(sy_program_expectations var dir stem)
  set(defs -DEXPECT_OUT_FILE=${dir}/${stem}.out)
  if(EXISTS ${dir}/${stem}.err)
    list(APPEND defs -DEXPECT_ERR_FILE=${dir}/${stem}.err)
  endif()
  if(EXISTS ${dir}/${stem}.mask)
    list(APPEND defs -DMASK_FILE=${dir}/${stem}.mask)
  endif()
  if(EXISTS ${dir}/${stem}.exit)
    file(STRINGS ${dir}/${stem}.exit code LIMIT_COUNT 1)
    list(APPEND defs -DEXPECT_EXIT=${code})
  endif()
  foreach(part opts args)
    if(EXISTS ${dir}/${stem}.${part})
      file(STRINGS ${dir}/${stem}.${part} line LIMIT_COUNT 1 ENCODING UTF-8)
      string(TOUPPER ${part} var_name)
      list(APPEND defs "-D${var_name}=${line}")
    endif()
  endforeach()
  set(${var} ${defs} PARENT_SCOPE)
endfunction()

# sy_add_program_in_modes(NAME DEFINITION...): the test NAME, which runs run_program.cmake
# with the definitions, and NAME@MODE for every execution mode. A program whose own options
# pick a dispatch strategy or print PIC statistics runs only as NAME: its output depends on
# the strategy by design.
function(sy_add_program_in_modes name)
  set(runner ${PROJECT_SOURCE_DIR}/tests/run_program.cmake)
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} ${ARGN} -P ${runner})
  if("${ARGN}" MATCHES "-DOPTS=[^;]*--(dispatch|pic-stats)")
    return()
  endif()
  foreach(mode ${SY_EXECUTION_MODES})
    string(FIND "${mode}" "=" eq)
    string(SUBSTRING "${mode}" 0 ${eq} mode_name)
    math(EXPR eq "${eq} + 1")
    string(SUBSTRING "${mode}" ${eq} -1 mode_opts)
    add_test(NAME ${name}@${mode_name} COMMAND ${CMAKE_COMMAND} "-DMODE_OPTS=${mode_opts}" ${ARGN} -P ${runner})
  endforeach()
endfunction()

function(sy_add_corpus dir ext)
  file(GLOB programs CONFIGURE_DEPENDS ${dir}/*.${ext})
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${dir})
  set(pending "")
  if(EXISTS ${dir}/PENDING)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${dir}/PENDING)
    file(STRINGS ${dir}/PENDING lines)
    foreach(line ${lines})
      if(line MATCHES "^([^# \t][^ \t]*)")
        list(APPEND pending ${CMAKE_MATCH_1})
      endif()
    endforeach()
  endif()
  foreach(prog ${programs})
    get_filename_component(stem ${prog} NAME_WE)
    get_filename_component(name ${prog} NAME)
    if(name IN_LIST pending)
      continue()
    endif()
    sy_program_expectations(expect ${dir} ${stem})
    sy_add_program_in_modes(${rel}/${name} -DSWITCHYARD=$<TARGET_FILE:switchyard> -DDIR=${dir} -DFILE=${name} ${expect})
  endforeach()
endfunction()

# sy_add_program_test(NAME name FILE path [OPTS ...] [ARGS ...] [EXPECT_OUT text]
#                     [EXPECT_ERR text | EXPECT_ERR_MATCH regex] [EXPECT_EXIT n]): one program run
#                     with inline expectations. EXPECT_OUT_FILE / EXPECT_ERR_FILE name files
#                     holding the expected text instead; MASK_FILE, regular expressions masked in
#                     stdout and the expected stdout before they are compared (run_program.cmake).
function(sy_add_program_test)
  cmake_parse_arguments(T "" "NAME;FILE;OPTS;ARGS;EXPECT_OUT;EXPECT_OUT_FILE;EXPECT_ERR;EXPECT_ERR_FILE;EXPECT_ERR_MATCH;EXPECT_EXIT;MASK_FILE" "" ${ARGN})
  get_filename_component(dir ${T_FILE} DIRECTORY)
  get_filename_component(name ${T_FILE} NAME)
  set(defs -DSWITCHYARD=$<TARGET_FILE:switchyard> -DDIR=${dir} -DFILE=${name})
  foreach(key OPTS ARGS EXPECT_OUT EXPECT_OUT_FILE EXPECT_ERR EXPECT_ERR_FILE EXPECT_ERR_MATCH EXPECT_EXIT MASK_FILE)
    if(DEFINED T_${key})
      list(APPEND defs "-D${key}=${T_${key}}")
    endif()
  endforeach()
  add_test(NAME ${T_NAME} COMMAND ${CMAKE_COMMAND} ${defs} -P ${PROJECT_SOURCE_DIR}/tests/run_program.cmake)
endfunction()
