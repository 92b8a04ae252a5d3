// HCheckStructure's modes (HFConstant.h's eHDESCRIPTION): hStrict (= hIdentical, the
// default), hCompatible, hNoCheck. hNoCheck compares nothing (it used to compare as any
// mode but 0 did); hCompatible lets the table have columns the description lacks
Trace(hStrict, hCompatible, hNoCheck, hStrict = hIdentical)   // expect: 524288, 524289, 524290, 1
// an older table: a column Fax more, the items Email, City... missing
HExecuteSQLQuery("QCreate", "CREATE TABLE oldcust (_hrec INTEGER PRIMARY KEY, CustomerID INTEGER, Name VARCHAR(40), Fax VARCHAR(20))")
HChangeName(Customer, "oldcust")
// the real-code pattern: switch the check off before opening the files
Trace(HCheckStructure("*", hNoCheck), HError())               // expect: 524288, 0
Trace(HCheckStructure(Customer, hNoCheck), HError())          // expect: 524290, 0
// hStrict and hCompatible both see the missing items; only hStrict minds the extra column
Trace(HCheckStructure(Customer, hStrict), Position(Upper(HErrorInfo()), "FAX") > 0, Position(HErrorInfo(), "Email") > 0)   // expect: -1, 1, 1
Trace(HCheckStructure(Customer, hCompatible), Position(Upper(HErrorInfo()), "FAX") > 0, Position(HErrorInfo(), "Email") > 0)   // expect: -1, 0, 1
// the mode stays what it was after a failed check
Trace(HCheckStructure(Customer, hNoCheck))                    // expect: 524290
// a table with a column more and nothing missing: compatible, not identical
HChangeName(Customer, "")
HCreationIfNotFound(Customer)
HExecuteSQLQuery("QAlter", "ALTER TABLE customer ADD COLUMN Fax VARCHAR(20)")
Trace(HCheckStructure(Customer, hCompatible), HError())       // expect: 524290, 0
Trace(HCheckStructure(Customer, hStrict), HError() <> 0)      // expect: -1, 1
