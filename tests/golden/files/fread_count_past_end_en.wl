// fRead with a count far past the file's end (a "read everything" written as a huge
// number, or a length read from a corrupt header) reads the bytes left: it stopped the run
// with "Not enough memory" (Python set the whole count aside before reading). French
// twin: flit_compte_apres_fin_fr.wl.
sDir is string = fTempPath() + "\wl_frdbig_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\h.bin", "HEADabcdef")
nF is int = fOpen(sDir + "\h.bin", foRead)
Trace(fRead(nF, 4)) // expect: HEAD
bufAll is Buffer
Trace(fRead(nF, 100000000000, &bufAll), bufAll) // expect: 6, abcdef
Trace(fRead(nF, 100000000000)) // expect: 
fClose(nF)
nF = fOpen(sDir + "\h.bin", foReadWrite)
fSeek(nF, 0, fpEnd)
fWrite(nF, "XYZ")
fSeek(nF, 4, fpBeginning)
Trace(fRead(nF, 99999999999)) // expect: abcdefXYZ
fClose(nF)
fRemoveDir(sDir, frRecursive)
