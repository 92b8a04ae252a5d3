// Help page "HashString (Function)" (French page doc.pcsoft.fr ?1000007111, HashChaîne)
// with the English names: its example, the two edit controls replaced by variables; the
// hash (a buffer) is shown with BufferToHexa and NoGrouping, as the page advises.
EDT_Edit1 is string = "abc"
EDT_Edit2 is string = "abc"
// Calculate the hash of the values of two edit controls
Hash1 is Buffer = HashString(HA_MD5_128, EDT_Edit1)
Hash2 is Buffer = HashString(HA_MD5_128, EDT_Edit2)
// Compare the two hashes
IF Hash1 = Hash2 THEN Info("The two strings are identical.")
// expect: The two strings are identical.
Trace(BufferToHexa(Hash1, NoGrouping))          // expect: 900150983CD24FB0D6963F7D28E17F72
