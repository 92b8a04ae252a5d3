// fCreateLink, fDiskInfo, fAttributeReadOnly, fDirAttribute, In...Mode, Delay (docs/builtins.md, "Links, disks, run modes")
Trace(InLinuxMode(), InWindowsMode(), In64bitMode()) // expect: 1, 0, 1
Trace(InWebMode(), InServiceMode, InJavaMode(), InAndroidMode(), IniOSMode(), InComponentMode()) // expect: 0, 0, 0, 0, 0, 0
Delay(1)
dir is string = CompleteDir(fTempPath()) + "wl_golden_links_" + Random(1, 999999999)
fMakeDir(dir)
fSaveText(dir + "/target.txt", "content")
Trace(fCreateLink(dir + "/target.txt", dir + "/soft.txt"), fLoadText(dir + "/soft.txt")) // expect: 1, content
Trace(fCreateLink(dir + "/target.txt", dir + "/hard.txt", fHardLink), fLoadText(dir + "/hard.txt")) // expect: 1, content
Trace(fCreateLink(dir + "/target.txt", dir + "/soft.txt"), ErrorOccurred) // expect: 0, 1
Trace(fCreateLink(dir + "/none.txt", dir + "/x.txt"), ErrorOccurred) // expect: 0, 1
Trace(fDiskInfo(dir, fdFreeSpace) > 0, fDiskInfo(dir, fdTotalSpace) >= fDiskInfo(dir, fdFreeSpace)) // expect: 1, 1
Trace(fDiskInfo(dir + "/none/deeper", fdFreeSpace), ErrorOccurred) // expect: -1, 1
Trace(fAttributeReadOnly(dir + "/target.txt"), fAttributeReadOnly(dir + "/target.txt", True), fAttributeReadOnly(dir + "/target.txt")) // expect: 0, 0, 1
Trace(fAttributeReadOnly(dir + "/target.txt", False), fAttributeReadOnly(dir + "/target.txt")) // expect: 1, 0
Trace(fDirAttribute(dir), fDirAttribute(dir + "/target.txt"), ErrorOccurred) // expect: D, ERR, 1
Trace(fRemoveDir(dir, frRecursive)) // expect: 1
Delay(100 * 3601) // expect error: longer than one hour
