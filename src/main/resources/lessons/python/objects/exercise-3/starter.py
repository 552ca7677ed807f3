# Write the class Cat here, then make my_cat.

