// FOR EACH on a data file with its key written after its condition: FOR EACH's file
// syntax puts the key first (ON, then WHERE). It said "unexpected 'ON'; expected end of line".
FOR EACH Customer WHERE Name = "Zoe" ON Name // expect error: 'ON' comes before 'WHERE' in a FOR EACH on a data file: write FOR EACH Customer ON <key> WHERE <condition>
	Trace(Customer.Name)
END
