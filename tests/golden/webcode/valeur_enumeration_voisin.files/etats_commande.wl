// L'énumération qu'une collection du projet déclare (ce fichier en tient lieu).
EEtatCommande est une Enumération
	étatNouvelle
	étatExpédiée = "EXPEDIEE"
	étatPerdue
FIN
