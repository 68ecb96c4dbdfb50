/// The words the generators draw from: enough variety that names repeat as in a real network (many
/// Sams, a few Sam Lees) and positions that exercise every ranking signal.
enum Names {
    static let first = [
        "Aaliyah", "Aaron", "Abdul", "Ada", "Adam", "Aditi", "Adrian", "Ahmed", "Aiko", "Alan", "Alejandro", "Alex",
        "Alice", "Amara", "Amir", "Ana", "Andrea", "Andrei", "Anika", "Anna", "Arjun", "Ava", "Ben", "Bianca",
        "Björn", "Bruno", "Camila", "Carlos", "Carmen", "Chen", "Chloe", "Chris", "Clara", "Daniel", "Dara",
        "David", "Deepa", "Diego", "Dmitri", "Elena", "Eli", "Emeka", "Emma", "Eun-ji", "Fatima", "Felix",
        "Fiona", "François", "Gabriel", "Grace", "Hana", "Hannah", "Hassan", "Ibrahim", "Ines", "Isaac", "Ivan",
        "Jack", "Jae", "James", "Jana", "Javier", "Jin", "João", "Jonas", "Julia", "Kai", "Kamala", "Karim",
        "Kate", "Kenji", "Kofi", "Lara", "Laura", "Leila", "Leo", "Liam", "Lina", "Lucas", "Lucía", "Maya",
        "Mei", "Mia", "Miguel", "Mohammed", "Nadia", "Naomi", "Nia", "Nikhil", "Noah", "Nora", "Olga", "Omar",
        "Oscar", "Priya", "Rafael", "Rahul", "Ravi", "Rosa", "Ruth", "Sam", "Sara", "Sean", "Sofia", "Sven",
        "Tariq", "Thomas", "Tomás", "Uma", "Vera", "Victor", "Wei", "Yara", "Yusuf", "Zara", "Zoë",
    ]
    static let last = [
        "Abe", "Adeyemi", "Ahmed", "Alvarez", "Andersen", "Bauer", "Becker", "Bianchi", "Brown", "Carter", "Chen",
        "Costa", "Cruz", "Da Silva", "Dubois", "Eriksson", "Evans", "Fernández", "Fischer", "García", "Gomez",
        "Gupta", "Hansen", "Hernández", "Hoffmann", "Ivanova", "Jackson", "Jensen", "Johnson", "Kaur", "Khan",
        "Kim", "Kowalski", "Kumar", "Lee", "Li", "Lopez", "Martin", "Martínez", "Meyer", "Miller", "Mohamed",
        "Moreau", "Müller", "Nakamura", "Nguyen", "Novak", "O'Brien", "Okafor", "Olsen", "Patel", "Pereira",
        "Petrov", "Popescu", "Quinn", "Rahman", "Reyes", "Ricci", "Rodríguez", "Rossi", "Ruiz", "Sato", "Schmidt",
        "Shah", "Silva", "Singh", "Smith", "Sørensen", "Suzuki", "Tanaka", "Taylor", "Thompson", "Torres",
        "Van Dijk", "Wagner", "Walker", "Wang", "Weber", "Williams", "Wilson", "Wong", "Yamamoto", "Yilmaz",
        "Zhang", "Zhou",
    ]
    static let companies = [
        "Acme", "Acme, Inc.", "Umbrella Labs", "Stark Industries", "Wayne Enterprises", "Wonka Foods", "Soylent",
        "Cyberdyne", "Tyrell Corp", "Oscorp", "Vandelay Industries", "Dunder Mifflin", "Pied Piper", "Aviato",
        "Massive Dynamic", "Gringotts", "Monarch Solutions", "Blue Sun", "Nakatomi Trading", "Weyland-Yutani",
        "Bluth Company", "Sterling Cooper", "Prestige Worldwide", "Los Pollos Hermanos", "Virtucon", "Gekko & Co",
        "Cogswell Cogs", "Spacely Sprockets", "Oceanic Airlines", "Rekall", "Omni Consumer Products", "InGen",
        "Planet Express", "Krusty Krab", "Buy n Large", "Veridian Dynamics", "Hanso Foundation", "Yoyodyne",
        "Tessier-Ashpool", "Gadgetron", "Sirius Cybernetics", "Black Mesa", "Aperture Science", "Mooby's",
        "State University", "City Hospital", "Northwind Traders", "Contoso", "Fabrikam", "Adventure Works",
        "Tailspin Toys", "Wide World Importers", "Litware", "Proseware", "Fourth Coffee", "Lucerne Publishing",
    ]
    static let positions = [
        "Product Manager", "Senior Product Manager", "Product Owner", "Senior PM", "Associate Product Manager",
        "Head of Product", "Director of Product", "VP Product", "Software Engineer", "Senior Software Engineer",
        "Staff Engineer", "Engineering Manager", "Director of Engineering", "Data Analyst", "Data Scientist",
        "Machine Learning Engineer", "UX Researcher", "UX Designer", "Product Designer", "Marketing Manager",
        "Marketing Analyst", "Growth Lead", "Technical Recruiter", "Talent Acquisition Partner", "Sourcer",
        "University Recruiter", "HR Business Partner", "Consultant", "Senior Consultant", "Partner",
        "Financial Analyst", "Project Manager", "Program Manager", "Teacher", "Research Assistant",
        "PhD Candidate", "Founder", "Co-founder & CEO", "Chief Technology Officer", "Customer Success Manager",
        "Sales Engineer", "Account Executive", "Operations Associate", "Business Analyst", "Intern",
        "Software Engineering Intern", "Product Management Intern", "Student", "Editor", "Curator",
        "Research Scientist, Applied AI", "Manager, Strategy & Operations",
    ]
    static let notes = [
        "Met at the career fair; interested in fintech.", "Offered to review my résumé.",
        "Knows the hiring manager on the growth team.", "Talked about \"product sense\" interviews, and case studies.",
        "Alumna of State University, class of 2019.", "Follow up after the spring semester.",
        "Introduced by Sam; works on payments.", "Mentioned an opening in the data team.",
    ]
}
