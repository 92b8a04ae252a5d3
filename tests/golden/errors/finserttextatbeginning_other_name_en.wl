// fInsertTextAtBeginning (fInsèreTexteAuDébut) is not a WLanguage function: PC SOFT's
// blog post on the UTF-8 mark (7 October 2020) names it as a third way to write one, but
// PC SOFT's list of file functions lacks it and no stored help page names it (searched
// 6 Dec 2026, FS). The message says what to write. French twin
// finseretexteaudebut_autre_nom_fr.wl.
sFile is string = fTempPath() + "\wl_start.txt"
fSaveText(sFile, "line 2")
fSaveText(sFile, "line 1" + CR + fLoadText(sFile))
Trace(Replace(fLoadText(sFile), CR, "|")) // expect: line 1|line 2
fDelete(sFile)
fInsertTextAtBeginning(sFile, "x") // expect error: Unknown procedure or function 'fInsertTextAtBeginning'; no WLanguage function has this name (PC SOFT's list of file functions lacks it): text is put at the start of a file by fSaveText(f, sStart + fLoadText(f))
