// `t[i][Option] = True` sets an option of a combination held in an array element, a
// member of an object, or a member of a structure in an array; `= False` clears it
Rights is Combination
	ReadRight
	WriteRight
	AdminRight
END
t is array of 3 Rights
t[2][ReadRight] = True
t[2][WriteRight] = True
IF t[2][ReadRight] AND t[2][WriteRight] AND NOT t[1][ReadRight] THEN Trace("element set") // expect: element set
t[2][ReadRight] = False
Trace(t[2] = WriteRight) // expect: 1
i is int = 3
t[i][AdminRight + ReadRight] = True
Trace(t[3] = AdminRight + ReadRight) // expect: 1
CUser is Class
	m_Rights is Rights
END
u is CUser
u.m_Rights[AdminRight] = True
Trace(u.m_Rights = AdminRight) // expect: 1
Account is Structure
	Name is string
	Granted is Rights
END
accounts is array of 2 Account
accounts[1].Granted[WriteRight] = True
Trace(accounts[1].Granted[WriteRight], accounts[2].Granted[WriteRight]) // expect: 1, 0
users is array of 2 CUser
users[2].m_Rights[ReadRight] = True
Trace(users[2].m_Rights = ReadRight, users[1].m_Rights = 0) // expect: 1, 1
grid is array of 2 array of int
grid[1] = [1, 2, 3]
grid[1][2] = 9 // an element of an array held in an array: stored in place
Trace(grid[1][2]) // expect: 9
