// hCurrentRecNum is 0 (HFConstant.h's HCURRENTRECNUM, "the current record"): HRead and
// HLockRecNum / HUnlockRecNum given it work on the current record
fd is File Description
id is Item Description
fd..Name = "Fruit"
id..Name = "FruitID"
id..Type = hItemAutoID
HDescribeItem(fd, id)
id..Name = "Name"
id..Type = hItemText
id..Size = 20
id..KeyType = hNotAKey
HDescribeItem(fd, id)
Trace(HDescribeFile(fd))                                    // expect: 1
HCreation(Fruit)
FOR EACH s OF ["apple", "pear", "plum"]
	HReset(Fruit)
	Fruit.Name = s
	HAdd(Fruit)
END
Trace(HRead(Fruit, 2), Fruit.Name)                          // expect: 1, pear
Fruit.Name = "changed in memory"
Trace(HRead(Fruit, hCurrentRecNum), Fruit.Name, HRecNum(Fruit))   // expect: 1, pear, 2
Trace(HLockRecNum(Fruit, hCurrentRecNum), HUnlockRecNum(Fruit, hCurrentRecNum))   // expect: 1, 1
