// swift-tools-version: 6.1
// The package manifest: the architecture of ../shared/docs/ARCHITECTURE.md, one target per box.

import PackageDescription

let package = Package(
    name: "disclosure",
    platforms: [.macOS(.v14)],
    products: [
        /// The domain library other county tools embed on its own (Foundation only).
        .library(name: "DisclosureCore", targets: ["DisclosureCore"]),
        /// The embedded archive (SQLite through GRDB).
        .library(name: "DisclosureStore", targets: ["DisclosureStore"]),
        /// The migration pipeline (embed it with your own importers, or use the command-line tool).
        .library(name: "DisclosureMigration", targets: ["DisclosureMigration"]),
        /// Deterministic generators of realistic legacy sites, OA exports and their ground truth (test data).
        .library(name: "DisclosureFixtures", targets: ["DisclosureFixtures"]),
        /// The command-line tool.
        .executable(name: "disclosure", targets: ["disclosure"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // MARK: - The domain
        .target(
            name: "DisclosureCore",
            resources: [.copy("Resources/holidays-cn"), .copy("Resources/report-templates")]
        ),

        // MARK: - The archive
        .target(
            name: "DisclosureStore",
            dependencies: ["DisclosureCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        // MARK: - The migration
        .target(
            name: "DisclosureMigration",
            dependencies: ["DisclosureCore", "DisclosureStore", "ImportKit"]
        ),

        // MARK: - Importers
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/Importers/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "LibXML",
            dependencies: ["CLibXML2"],
            path: "Sources/Importers/LibXML"
        ),
        /// SHA-256 in C: the x86-64 SHA extensions where the processor has them (content hashes of every file).
        .target(
            name: "CSHA256",
            path: "Sources/Importers/CSHA256"
        ),
        .target(
            name: "ImportKit",
            dependencies: ["DisclosureCore", "CSHA256"],
            path: "Sources/Importers/ImportKit"
        ),
        .target(
            name: "Portal",
            dependencies: ["ImportKit", "LibXML", "DisclosureCore"],
            path: "Sources/Importers/Portal"
        ),
        .target(
            name: "OAExport",
            dependencies: [
                "ImportKit", "LibXML", "DisclosureCore",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/Importers/OAExport"
        ),

        // MARK: - The annual report as a Word document (Office Open XML)
        .target(
            name: "ReportDOCX",
            dependencies: ["DisclosureCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),

        // MARK: - Test data
        .target(
            name: "DisclosureFixtures",
            dependencies: ["DisclosureCore"]
        ),

        // MARK: - The composition root
        .executableTarget(
            name: "disclosure",
            dependencies: [
                "DisclosureCore",
                "DisclosureStore",
                "DisclosureMigration",
                "ImportKit",
                "Portal",
                "OAExport",
                "ReportDOCX",
                "DisclosureFixtures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Benchmarks (release builds: `swift run -c release <name>`)
        .executableTarget(
            name: "portal-bench",
            dependencies: ["Portal", "ImportKit", "LibXML", "DisclosureCore", "DisclosureFixtures"],
            path: "Benchmarks/PortalBench"
        ),
        .executableTarget(
            name: "migration-bench",
            path: "Benchmarks/MigrationBench"
        ),
        .executableTarget(
            name: "oa-bench",
            dependencies: [
                "OAExport", "ImportKit", "DisclosureCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/OABench"
        ),

        // MARK: - Tests
        .testTarget(
            name: "DisclosureCoreTests",
            dependencies: ["DisclosureCore"]
        ),
        .testTarget(
            name: "DisclosureStoreTests",
            dependencies: ["DisclosureStore", "DisclosureCore"]
        ),
        .testTarget(
            name: "DisclosureMigrationTests",
            dependencies: ["DisclosureMigration", "DisclosureStore", "ImportKit", "DisclosureCore"]
        ),
        .testTarget(
            name: "LibXMLTests",
            dependencies: ["LibXML"]
        ),
        .testTarget(
            name: "ImportKitTests",
            dependencies: ["ImportKit", "DisclosureCore"]
        ),
        .testTarget(
            name: "PortalTests",
            dependencies: ["Portal", "ImportKit", "LibXML", "DisclosureCore"]
        ),
        .testTarget(
            name: "OAExportTests",
            dependencies: [
                "OAExport", "ImportKit", "LibXML", "DisclosureCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "ReportDOCXTests",
            dependencies: ["ReportDOCX", "DisclosureCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "DisclosureFixturesTests",
            dependencies: ["DisclosureFixtures", "DisclosureCore"]
        ),
        .testTarget(
            name: "disclosureTests",
            dependencies: ["disclosure", "DisclosureCore", "DisclosureFixtures", "DisclosureMigration"]
        ),
    ]
)

// Every target of ours gets the same strictness: explicit `any`, imports that say what they expose.
for target in package.targets where target.type != .system && target.type != .plugin {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
