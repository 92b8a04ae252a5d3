// Help page "IF statement" (French page doc.pcsoft.fr ?1510011, SI): its examples with the
// English keywords, variables standing for the page's data file items (Customer.Age,
// Customer.City) and Trace for Info.
Age is int
Senior, Adult, Child, Baby are int
FOR EACH Age OF [70, 30, 10, 2]
	IF Age > 60 THEN
	Senior += 1
	ELSE IF Age > 18 THEN
	Adult += 1
	ELSE IF Age > 4 THEN
	Child += 1
	ELSE
	Baby += 1
	END
END
Trace(Senior, Adult, Child, Baby) // expect: 1, 1, 1, 1
City is string = "LYON"
// Using 'IN'
IF City IN ("PARIS", "MARSEILLE", "LYON") THEN
Trace("You live in one of the 3 largest cities in France")
END
// expect: You live in one of the 3 largest cities in France
City = "NANTES"
// Using 'NOT x IN'
IF NOT City IN ("PARIS", "MARSEILLE", "LYON") THEN
Trace("You do not live in one of the 3 largest cities in France")
END
// expect: You do not live in one of the 3 largest cities in France
// Using 'NOT IN' (version 23 and later)
IF City NOT IN ("PARIS", "MARSEILLE", "LYON") THEN
Trace("You do not live in one of the 3 largest cities in France")
END
// expect: You do not live in one of the 3 largest cities in France
