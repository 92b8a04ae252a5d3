// An array item described in code: ..Dimension on an Item Description (docs/hfsql.md
// "Array items")
fd is File Description
id is Item Description
fd.Name = "Pet"
id.Name = "PetName"
id.Type = hItemText
id.Size = 20
id.KeyType = hUniqueKey
Trace(id.Dimension) // expect: 1
HDescribeItem(fd, id)
id.Name = "Vaccine"
id.KeyType = hNotAKey
id.Dimension = 2
HDescribeItem(fd, id)
Trace(HDescribeFile(fd)) // expect: 1
Pet.PetName = "Rex"
Pet.Vaccine[1] = "rabies"
Pet.Vaccine[2] = "parvo"
Trace(HAdd(Pet)) // expect: 1
HReset(Pet)
Trace(HReadSeekFirst(Pet, "Vaccine[2]", "parvo"), Pet.PetName) // expect: 1, Rex
Trace(HRecordToJSON(Pet)) // expect: {"PetName": "Rex", "Vaccine": ["rabies", "parvo"]}
Trace(Replace(HListItem(Pet), CR, ","), Pet.Vaccine..Dimension) // expect: PetName,Vaccine, 2
Trace(Pet.Vaccine[3]) // expect error: Pet.Vaccine[3]: the array item Vaccine has 2 elements (1 to 2).
