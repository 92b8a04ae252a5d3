// A Record's item named in a variable: rec[sItem] reads and writes the item as
// rec.Item does (docs/hfsql.md "A Record's item named in a variable"; it stopped with
// "A value of type Record cannot be indexed"). The item's type applies, written either
// way: "12.5" into a currency item is 12.5 (rec.Balance += 10 joined "12.510").
rec is Record of Customer
arrItems is array of strings = ["Name", "City", "Société", "Balance", "BirthDate"]
arrValues is array of strings = ["Moore", "Paris", "ACME", "12.5", "2024-01-15"]
FOR i = 1 _TO_ ArrayCount(arrItems)
	rec[arrItems[i]] = arrValues[i]
END
rec["Balance"] += 10
rec.Balance += 1
Trace(rec.Name, rec.City, rec.Société, rec.Balance, rec.BirthDate)
// expect: Moore, Paris, ACME, 23.5, 20240115
Trace(rec["birthdate"] + 1)                           // expect: 20240116
Trace(HAdd(Customer, rec), HNbRec(Customer))          // expect: 1, 1
// a record copied from its file, read item by item
HReadSeekFirst(Customer, Name, "Moore")
r2 is Record = Customer
sLine is string
FOR EACH sItem OF arrItems
	sLine += [", "] + sItem + "=" + r2[sItem]
END
Trace(sLine)            // expect: Name=Moore, City=Paris, Société=ACME, Balance=23.5, BirthDate=20240115
// written back through the file
r2["City"] = "Lyon"
Customer = r2
Trace(HModify(Customer))                              // expect: 1
HReadSeekFirst(Customer, Name, "Moore")
Trace(Customer.City, {"Customer." + "City"})          // expect: Lyon, Lyon
// a text longer than its item is cut to its size, as File.Item = v cuts it
rec["Name"] = Repeat("x", 45)
Trace(Length(rec.Name))                               // expect: 40
// a number names no item
Trace(rec[2])
// expect error: A Record's item is named by a text (r["Name"], r[sItem]), not by a number.
