// f.Read(n, &buf), the method form of fRead(h, n, &buf) on a DiskFile: the bytes read
// go into the string or Buffer at that address and their count is returned (0 at the
// end); it stopped the run ("its third parameter is the address of the string or Buffer
// ..."). French twin: fichierdisque_lit_adresse_fr.wl.
sDir is string = fTempPath() + "\wl_dfraddr_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveText(sDir + "\b.bin", "HDR1DATA-BLOCK")
f is DiskFile
f.Open(sDir + "\b.bin", foRead)
bufHead is Buffer
Trace(f.Read(4, &bufHead), bufHead) // expect: 4, HDR1
sRest is string
Trace(f.READ(100, &sRest), sRest) // expect: 10, DATA-BLOCK
Trace(f.Read(4, &bufHead), Length(bufHead)) // expect: 0, 0
f.Close()
fRemoveDir(sDir, frRecursive)
nCount is int
f.Read(4, &nCount) // expect error: Read: &nCount is the address of an integer: wlinterp has no memory behind it to read into
