// members start with their type's default value
Item is Structure
	name is string
	qty is int
	done is boolean
END
it is Item
Trace("[" + it.name + "]", it.qty, it.done) // expect: [], 0, 0
