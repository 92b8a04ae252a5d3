// A shared counter protected by a lock, as two workstations increment it: two opens of
// the same file, fLock / fUnlock on the whole file then on a part, then the same locks
// through DiskFile variables (French twin compteur_partage_verrous_fr.wl; passes).
sDir is string = fTempPath() + "\wl_lock_" + Random(1, 999999999)
fMakeDir(sDir)
sCounter is string = sDir + "\counter.dat"
fSaveText(sCounter, "41")
nF1 is int = fOpen(sCounter, foReadWrite)
nF2 is int = fOpen(sCounter, foReadWrite)
Trace(nF1 > 0, nF2 > 0, nF1 <> nF2) // expect: 1, 1, 1
// the first locks the whole file, the second cannot
Trace(fLock(nF1)) // expect: 1
IF NOT fLock(nF2) THEN
	Trace("busy", ErrorOccurred) // expect: busy, 1
END
// the first increments, then releases
nValue is int = Val(fRead(nF1, 10))
fSeek(nF1, 0, fpBeginning)
fWrite(nF1, nValue + 1)
Trace(fUnlock(nF1)) // expect: 1
// the second locks in turn and reads the new value
Trace(fLock(nF2)) // expect: 1
fSeek(nF2, 0, fpBeginning)
Trace(fRead(nF2, 10)) // expect: 42
Trace(fUnlock(nF2)) // expect: 1
// a part only: byte 0 for one, byte 1 for the other
Trace(fLock(nF1, 0, 1), fLock(nF2, 1, 1), fLock(nF2, 0, 2)) // expect: 1, 1, 0
fClose(nF1)
Trace(fLock(nF2, 0, 2)) // expect: 1
fClose(nF2)
// through DiskFile variables
f1, f2 are DiskFile
Trace(f1.Open(sCounter), f2.Open(sCounter)) // expect: 1, 1
Trace(f1.Lock(), f2.Lock()) // expect: 1, 0
Trace(f1.Close(), f2.Lock(), f2.Unlock(), f2.Close()) // expect: 1, 1, 1, 1
fRemoveDir(sDir, frRecursive)
