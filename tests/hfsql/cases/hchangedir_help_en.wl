// HChangeDir ?3044168 and HChangeLocation ?3044167, their examples as written, our
// Customer for the page's Stat, Customers and CustomerFile (our analysis has none of
// them). HChangeDir's third example states that the table of the initial database "was
// not modified": the file in the other folder is another one.
HReset(Customer)
Customer.Name = "Kept"
HAdd(Customer)
// Create the HFSQL Classic Stat data file in
// "C:\Statistics\January"
HChangeDir(Customer, "C:\Statistics\January")
HCreation(Customer)
Trace(HNbRec(Customer))                                           // expect: 0
HChangeDir(Customer, "")
Trace(HNbRec(Customer))                                           // expect: 1
// Find data files in libraries 4, 6 and 9
Trace(HChangeLocation(Customer, hWDL, 4, 6, 9))                   // expect: 1
// the records are in the database, never in a library: True and no effect, as the page
// says of HFSQL Client/Server (HChangeLocation was unknown)
Trace(HChangeLocation("*", hDisk), HNbRec(Customer))              // expect: 1, 1
