# The translations_complete test (see CMakeLists.txt here): lupdate on fresh copies of the .ts
# files, then relulab_ts_tool compares them with the committed ones and lists what is missing or
# unfinished.
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
