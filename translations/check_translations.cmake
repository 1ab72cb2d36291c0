# The translations_complete test (see CMakeLists.txt here): lupdate on fresh copies of the .ts
# files, then relulab_ts_tool compares them with the committed ones and lists what is missing or
# unfinished.

# lupdate 6.4 reads a \u escape with every hex digit that follows ("\u22121" becomes U+2121, not
# "−1"), so such a message would never be found at run time: write the character itself there.
file(GLOB_RECURSE sources ${SOURCE_DIR}/../src/*.cpp ${SOURCE_DIR}/../src/*.h ${SOURCE_DIR}/../app/*.cpp)
set(escapes)
foreach(source IN LISTS sources)
  file(STRINGS ${source} lines REGEX "\\\\u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]")
  foreach(line IN LISTS lines)
    if(line MATCHES "tr\\(|translate\\(|^ *\"")
      string(STRIP "${line}" line)
      list(APPEND escapes "  ${source}: ${line}")
    endif()
  endforeach()
endforeach()
if(escapes)
  list(JOIN escapes "\n" escapes)
  message(FATAL_ERROR "a \\u escape followed by a hex digit in a message (lupdate misreads it; "
                      "write the character itself):\n${escapes}")
endif()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copies)
foreach(language IN LISTS LANGUAGES)
  file(COPY ${SOURCE_DIR}/relulab_${language}.ts DESTINATION ${WORK_DIR})
  list(APPEND copies ${WORK_DIR}/relulab_${language}.ts)
endforeach()
execute_process(COMMAND ${LUPDATE} ${LUPDATE_ARGS} -ts ${copies} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${result})")
endif()
execute_process(COMMAND ${TS_TOOL} check ${SOURCE_DIR} ${WORK_DIR} ${LESSON_DIR} "${COMPLETE}"
                        ${LANGUAGES}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "translations incomplete or out of date (see above)")
endif()
