// HInfoMémo : noms français
HRAZ(Customer)
sFic est une chaîne = fFichierTemp()
fSauveTexte(sFic, "note")
HAttacheMémo(Customer, Notes, sFic, hMémoBin, "info")
Trace(ExtraitChaîne(HInfoMémo(Customer, Notes), 1, TAB), ExtraitChaîne(HInfoMémo(Customer, Notes), 3, TAB))   // expect: TXT, 4
fSupprime(sFic)
