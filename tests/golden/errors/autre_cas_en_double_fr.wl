// Le AUTRE CAS d'un SELON est sa dernière branche : un CAS ou un second AUTRE CAS après
// lui est refusé, en mots qui nomment le AUTRE CAS d'avant et le SELON ; il disait
// « unexpected 'AUTRE CAS'; expected an expression or END ».
sStatut est une chaîne = "payée"
SELON sStatut
	CAS "nouvelle" : Trace("à vérifier")
	AUTRE CAS : Trace("autre")
	AUTRE CAS : Trace("jamais") // expect error: 'AUTRE CAS' cannot follow the AUTRE CAS that is at line 7: that branch is the last of the SELON opened at line 5, only FIN may follow it
FIN
