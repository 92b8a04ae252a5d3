// Les modes de HVérifieStructure (eHDESCRIPTION de HFConstant.h) : hStrict (= hIdentique,
// le défaut), hCompatible, hSansVérification. hSansVérification ne compare rien (il
// comparait comme tout mode autre que 0) ; hCompatible laisse la table avoir des colonnes
// que la description n'a pas
Trace(hStrict, hCompatible, hSansVérification, hStrict = hIdentique)   // expect: 524288, 524289, 524290, 1
// une table plus ancienne : une colonne Fax de plus, les rubriques Email, City... absentes
HExécuteRequêteSQL("QCrée", "CREATE TABLE oldcust (_hrec INTEGER PRIMARY KEY, CustomerID INTEGER, Name VARCHAR(40), Fax VARCHAR(20))")
HChangeNom(Customer, "oldcust")
// le motif du vrai code : débrancher la vérification avant d'ouvrir les fichiers
Trace(HVérifieStructure("*", hSansVerification), HErreur())   // expect: 524288, 0
Trace(HVérifieStructure(Customer, hSansVérification), HErreur())   // expect: 524290, 0
// hStrict et hCompatible voient tous deux les rubriques absentes ; seul hStrict refuse la colonne de plus
Trace(HVérifieStructure(Customer, hStrict), Position(Majuscule(HErreurInfo()), "FAX") > 0, Position(HErreurInfo(), "Email") > 0)   // expect: -1, 1, 1
Trace(HVérifieStructure(Customer, hCompatible), Position(Majuscule(HErreurInfo()), "FAX") > 0, Position(HErreurInfo(), "Email") > 0)   // expect: -1, 0, 1
// le mode reste ce qu'il était après une vérification échouée
Trace(HVérifieStructure(Customer, hSansVérification))         // expect: 524290
// une table avec une colonne de plus et rien d'absent : compatible, pas identique
HChangeNom(Customer, "")
HCréationSiInexistant(Customer)
HExécuteRequêteSQL("QModifie", "ALTER TABLE customer ADD COLUMN Fax VARCHAR(20)")
Trace(HVérifieStructure(Customer, hCompatible), HErreur())   // expect: 524290, 0
Trace(HVérifieStructure(Customer, hStrict), HErreur() <> 0)  // expect: -1, 1
