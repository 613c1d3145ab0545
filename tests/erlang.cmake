# Erlang programs compiled with erlc at build time (the set-up installs erlang-base and
# erlang-dev). Two functions:
#
# sy_compile_erlang(TARGET name DIR dir [OUTPUT_DIR out] [FLAGS flag...])
#   Compiles every DIR/*.erl into OUTPUT_DIR (default: DIR's mirror in the build tree)
#   as part of `all`, with `erlc +deterministic FLAGS`. A program is rebuilt when it or
#   any DIR/*.hrl changes. Sets <name>_BEAM_DIR and <name>_BEAMS in the caller's scope.
#
# sy_add_beam_corpus(DIR [FLAGS flag...])
#   Compiles DIR/*.erl as above and registers one test per program, named
#   <DIR relative to the source root>/<prog>.erl, that runs
#   `switchyard run [OPTS] prog.beam [ARGS]` in the output directory. Expectations sit
#   beside the source, as for sy_add_corpus: prog.out (required), prog.err, prog.exit,
#   prog.opts, prog.args.
find_program(SY_ERLC erlc)
if(NOT SY_ERLC)
  message(FATAL_ERROR "erlc not found: the BEAM tests compile Erlang programs at build time "
                      "(install erlang-base and erlang-dev, as ./switchyard does)")
endif()

function(sy_compile_erlang)
  cmake_parse_arguments(E "" "TARGET;DIR;OUTPUT_DIR" "FLAGS" ${ARGN})
  if(NOT E_OUTPUT_DIR)
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${E_DIR})
    set(E_OUTPUT_DIR ${PROJECT_BINARY_DIR}/${rel})
  endif()
  file(MAKE_DIRECTORY ${E_OUTPUT_DIR})
  file(GLOB sources CONFIGURE_DEPENDS ${E_DIR}/*.erl)
  file(GLOB headers CONFIGURE_DEPENDS ${E_DIR}/*.hrl)
  set(beams)
  foreach(src ${sources})
    get_filename_component(stem ${src} NAME_WE)
    set(beam ${E_OUTPUT_DIR}/${stem}.beam)
    add_custom_command(OUTPUT ${beam}
      COMMAND ${SY_ERLC} +deterministic ${E_FLAGS} -o ${E_OUTPUT_DIR} ${src}
      DEPENDS ${src} ${headers}
      COMMENT "erlc ${stem}.erl"
      VERBATIM)
    list(APPEND beams ${beam})
  endforeach()
  add_custom_target(${E_TARGET} ALL DEPENDS ${beams})
  set(${E_TARGET}_BEAM_DIR ${E_OUTPUT_DIR} PARENT_SCOPE)
  set(${E_TARGET}_BEAMS ${beams} PARENT_SCOPE)
endfunction()

function(sy_add_beam_corpus dir)
  cmake_parse_arguments(C "" "PENDING;TIMEOUT" "FLAGS" ${ARGN})
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${dir})
  string(MAKE_C_IDENTIFIER "erlc_${rel}" target)
  sy_compile_erlang(TARGET ${target} DIR ${dir} FLAGS ${C_FLAGS})
  # PENDING names a file of programs that cannot pass yet, one per line with its reason
  # ("name: reason"; # starts a comment): each runs as a test that is expected to fail,
  # named <rel>/pending/<prog>.erl, so that one which starts passing is noticed.
  set(pending)
  if(C_PENDING AND EXISTS ${C_PENDING})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${C_PENDING})
    file(STRINGS ${C_PENDING} lines)
    foreach(line ${lines})
      if(line MATCHES "^([A-Za-z0-9_]+):")
        list(APPEND pending ${CMAKE_MATCH_1})
      endif()
    endforeach()
  endif()
  foreach(beam ${${target}_BEAMS})
    get_filename_component(stem ${beam} NAME_WE)
    set(defs -DSWITCHYARD=$<TARGET_FILE:switchyard> -DDIR=${${target}_BEAM_DIR} -DFILE=${stem}.beam
             -DEXPECT_OUT_FILE=${dir}/${stem}.out)
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
        string(TOUPPER ${part} var)
        list(APPEND defs "-D${var}=${line}")
      endif()
    endforeach()
    if(C_TIMEOUT)
      list(APPEND defs -DTIMEOUT=${C_TIMEOUT})
    endif()
    if(stem IN_LIST pending)
      add_test(NAME ${rel}/pending/${stem}.erl COMMAND ${CMAKE_COMMAND} ${defs} -P ${PROJECT_SOURCE_DIR}/tests/run_program.cmake)
      set_tests_properties(${rel}/pending/${stem}.erl PROPERTIES WILL_FAIL TRUE)
    else()
      add_test(NAME ${rel}/${stem}.erl COMMAND ${CMAKE_COMMAND} ${defs} -P ${PROJECT_SOURCE_DIR}/tests/run_program.cmake)
    endif()
  endforeach()
endfunction()
