// HCreationIfNotFound ?3044254, <Source>.CreateIfNotFound ?1000024208 and HCreation
// ?3044255, their examples as written (our Customer for the French page's Client). A data
// file that exists is opened, its records kept; HCreation empties it, and "the record in
// memory is not canceled. To initialize it, use HReset."
// Create all the data files described in the analysis
// with the "PSW" password
Trace(HCreationIfNotFound("*", "PSW"))                            // expect: 1
// Create the Orders data file (described in the analysis)
Trace(HCreationIfNotFound(Orders))                                // expect: 1
HReset(Customer)
Customer.Name = "Kept"
HAdd(Customer)
Trace(Customer.CreationIfNotFound(), HNbRec(Customer))            // expect: 1, 1
Trace(HCreationIfNotFound(Customer), HNbRec(Customer))            // expect: 1, 1
// Create the Orders data file (described in the analysis)
HCreation(Customer)
Trace(HNbRec(Customer), Customer.Name)                            // expect: 0, Kept
HReset(Customer)
Trace(Customer.Name = "")                                         // expect: 1
