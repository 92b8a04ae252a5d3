// An array literal stored into a structure fills its members in declaration order: the
// Array page (?1514030) has a section on adding the content of a structure to an array
// of structures without a variable of the structure (its text is not in the stored
// copy; INFERRED, docs/semantics.md). Before: "A value of type array cannot be stored in
// the structure".
STPerson is Structure
  LastName is string
  FirstName is string
  Age is int = 18
END
arrPeople is array of STPerson
ArrayAdd(arrPeople, ["Smith", "John", 40])
Add(arrPeople, ["Doe", "Jane"])
arrPeople.Add(["Moore", "Vince", 25])
Trace(arrPeople..Count, arrPeople[1].LastName, arrPeople[1].Age)
// expect: 3, Smith, 40
// fewer values: the last members keep their defaults
Trace(arrPeople[2].FirstName, arrPeople[2].Age)
// expect: Jane, 18
ArrayInsert(arrPeople, 1, ["Adams", "Ann", 5])
Trace(arrPeople[1].FirstName, arrPeople[4].LastName)
// expect: Ann, Moore
Team is array of STPerson = [["Lee", "Kim", 30], ["Park", "Jo", 31]]
Trace(Team[2].FirstName, Team[2].Age)
// expect: Jo, 31
Boss is STPerson = ["Gray", "Ed", 60]
Trace(Boss.LastName, Boss.Age)
// expect: Gray, 60
ArrayAdd(arrPeople, ["A", "B", 1, "one too many"]) // expect error: 4 values cannot fill the structure STPerson: it has 3 member(s)
