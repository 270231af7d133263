import DisclosureMigration
import Testing

@Suite struct MirrorPathTests {
    @Test(arguments: [
        ("xxgk/tzgg/./t1_1.html", "xxgk/tzgg/t1_1.html"),
        ("xxgk/tzgg/../gzdt/a.html", "xxgk/gzdt/a.html"),
        ("a//b.html", "a/b.html"),
    ])
    func resolvesInsideTheRoot(path: String, expected: String) {
        #expect(MirrorPath.contained(path) == expected)
    }

    @Test(arguments: ["../etc/passwd", "a/../../b", "/etc/passwd"])
    func refusesPathsThatLeaveTheRoot(path: String) {
        #expect(MirrorPath.contained(path) == nil)
    }
}
