// fWrite(h, &buf, n): the bytes at a string's or a Buffer's address are its own, as old
// WINDEV code writes a buffer; before, the address's opaque handle was written as digits
// ("6553" for 4 bytes), silently. Any other address (a number, a structure) stops the
// run saying so: wlinterp has no memory behind it (docs/semantics.md "`&x`"; French twin
// fecrit_adresse_fr.wl).
sDir is string = fTempPath() + "\wl_fwaddr_" + Random(1, 999999999)
fMakeDir(sDir)
nF is int = fCreate(sDir + "\b.bin")
bufHead is Buffer = "HDR1xxxx"
Trace(fWrite(nF, &bufHead, 4)) // expect: 4
sName is string = "Zoé"
Trace(fWrite(nF, &sName)) // expect: 3
Rec is Structure
	bufKey is Buffer
END
r is Rec
r.bufKey = "K9"
Trace(fWrite(nF, &r.bufKey)) // expect: 2
fClose(nF)
Trace(fLoadText(sDir + "\b.bin")) // expect: HDR1ZoéK9
Trace(fSize(sDir + "\b.bin")) // expect: 9
fRemoveDir(sDir, frRecursive)
nCount is int = 258
fWrite(nF, &nCount, 4) // expect error: fWrite: &nCount is the address of an integer: wlinterp has no memory behind it to write
