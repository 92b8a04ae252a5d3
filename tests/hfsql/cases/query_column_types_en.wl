// HListItem(query, hLstDetail) gives each column a type code (the third column), as on a
// data file: a column named like an item of the files the query reads has that item's
// type; a computed column the database's type. Every column was type 0 before, so a
// program looking for the binary columns of a result (type 16) found none.
Customer.Name = "Moore"
Customer.BirthDate = "19800512"
HAdd(Customer)
ds is Data Source
HExecuteSQLQuery(ds, "SELECT CustomerID, Name, BirthDate, VIP, upper(Name) AS Up FROM Customer")
FOR EACH STRING line OF HListItem(ds, hLstDetail) SEPARATED BY CR
	Trace(Lower(ExtractString(line, 1, TAB)), ExtractString(line, 3, TAB)) // (PostgreSQL: lower case)
END
// expect: customerid, 1
// expect: name, 2
// expect: birthdate, 14
// expect: vip, 27
// expect: up, 2
HReadFirst(ds)
Trace(ds.BirthDate, ds.Up)              // expect: 19800512, MOORE
// a binary memo of a file described in code
fd is File Description
id is Item Description
fd..Name = "Picture"
id..Name = "PictureID"
id..Type = hItemAutoID
HDescribeItem(fd, id)
id..Name = "Content"
id..Type = hItemBinaryMemo
HDescribeItem(fd, id)
HDescribeFile(fd)
HCreation(Picture)
Picture.Content = "abc"
HAdd(Picture)
pics is Data Source
HExecuteSQLQuery(pics, "SELECT PictureID, Content FROM Picture")
binaries is array of strings
FOR EACH STRING line OF HListItem(pics, hLstDetail) SEPARATED BY CR
	IF ExtractString(line, 3, TAB) = "16" THEN binaries.Add(Lower(ExtractString(line, 1, TAB)))
END
Trace(ArrayToString(binaries))          // expect: content
// HInfoItem gives the same code
Trace(ExtractString(HInfoItem(ds, "BirthDate"), 2, TAB)) // expect: 14
