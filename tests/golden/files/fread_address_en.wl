// fRead(h, n, &buf): the bytes read go into the string or Buffer at that address and
// fRead returns their count (0 at the end, -1 when it fails, buf unchanged), as old WINDEV
// code reads a block; it was refused ("fRead expects 2 parameter(s)"). The address of a
// number stops the run saying so (docs/semantics.md "`&x`"; French twin
// flit_adresse_fr.wl).
sDir is string = fTempPath() + "\wl_frdaddr_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\b.bin", "HDR1DATA-BLOCK")
nF is int = fOpen(sDir + "\b.bin", foRead)
bufHead is Buffer
Trace(fRead(nF, 4, &bufHead), bufHead) // expect: 4, HDR1
sRest is string
Trace(fRead(nF, 100, &sRest), sRest) // expect: 10, DATA-BLOCK
Trace(fRead(nF, 4, &bufHead), Length(bufHead)) // expect: 0, 0
fClose(nF)
bufHead = "kept"
Trace(fRead(nF, 4, &bufHead), bufHead, ErrorOccurred) // expect: -1, kept, 1
Rec is Structure
	bufKey is Buffer
END
r is Rec
nF = fOpen(sDir + "\b.bin", foRead)
Trace(fRead(nF, 3, &r.bufKey), r.bufKey) // expect: 3, HDR
fClose(nF)
fRemoveDir(sDir, frRecursive)
nCount is int
fRead(nF, 4, &nCount) // expect error: fRead: &nCount is the address of an integer: wlinterp has no memory behind it to read into
