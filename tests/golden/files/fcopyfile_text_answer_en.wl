// A procedure given to fCopyFile may answer a number written as text ("1"): it is read as
// that number, as WLanguage compares a text with a number ("1" is fcCopy, "2" fcIgnore,
// "3" fcStop). It stopped the copy with "fcCopy, fcIgnore or fcStop was expected".
// A text that is no number stays that error (docs/builtins.md).
sDir is string = CompleteDir(fTempPath()) + "wl_golden_fcopy_text_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "/a.txt", "A")
Trace(fCopyFile(sDir + "/a.txt", sDir + "/b.txt", 0, AnswerOne))      // expect: 1
Trace(fLoadText(sDir + "/b.txt"), ErrorOccurred)                       // expect: A, 0
Trace(fCopyFile(sDir + "/a.txt", sDir + "/c.txt", 0, AnswerTwo))      // expect: 1
Trace(fFileExist(sDir + "/c.txt"))                                     // expect: 0
Trace(fCopyFile(sDir + "/a.txt", sDir + "/d.txt", 0, AnswerThree))    // expect: 0
WHEN EXCEPTION IN
	fCopyFile(sDir + "/a.txt", sDir + "/e.txt", 0, AnswerWord)
DO
	Trace(Position(ExceptionInfo(), "'yes'") > 0)                       // expect: 1
END
fDelete(sDir + "/a.txt") ; fDelete(sDir + "/b.txt")
fRemoveDir(sDir)

PROCEDURE AnswerOne(sSource, sDestination)
RESULT "1"

PROCEDURE AnswerTwo(sSource, sDestination)
RESULT " 2 "

PROCEDURE AnswerThree(sSource, sDestination)
sAnswer is string = "3"
RESULT sAnswer

PROCEDURE AnswerWord(sSource, sDestination)
RESULT "yes"
