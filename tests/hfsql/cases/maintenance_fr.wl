// HRéindexe et HChangeMotDePasse en français
HRAZ(Customer)
Customer.Name = "Anna"
HAjoute(Customer)
Trace(HRéindexe(Customer), HREINDEXE("*"))              // expect: 1, 1
Trace(HChangeMotDePasse(Customer, "ancien", "nouveau"))   // expect: 1
Trace(HLitPremier(Customer, Name), Customer.Name)       // expect: 1, Anna
