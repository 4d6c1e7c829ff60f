# The status line an LMS launch shows under the page (the LMS module, docs/lms.md).
# $lms is the kind of LMS link: SCORM 1.2, SCORM 2004 or cmi5. $why is the LMS's or the
# network's own reason, as it gave it (not translated).
lms-recording = Your answers are recorded by your LMS ({ $lms }).
lms-review = Review: your LMS ({ $lms }) is not recording this visit.
lms-unreachable = Your LMS ({ $lms }) cannot be reached yet; your progress is kept in this browser meanwhile.
lms-ended = This launch has ended in your LMS: open the activity again from your course to go on recording. Your progress is kept in this browser.
lms-on-record = Your LMS has this attempt on record; answers from here on stay in this browser.
lms-back = Back in touch with your LMS: every answer so far is recorded.
# $seconds: how long until the next try.
lms-retrying = Not recorded yet: { $why }. Trying again in { $seconds } s; your progress is kept in this browser.
lms-not-recording = Not recording: { $why }.
lms-recorded = Your LMS has recorded this attempt.
# $result: the attempt's result, as "11.6 / 100, not passed (pass mark 70)".
lms-recorded-result = Your LMS has recorded this attempt: { $result }.
# The link back to the course once a cmi5 session has ended.
lms-return = Return to the course
