// swift-tools-version: 6.1
// The package manifest: the architecture of ../shared/docs/ARCHITECTURE.md, one target per box.

import PackageDescription

let package = Package(
    name: "disclosure",
    platforms: [.macOS(.v14)],
    products: [
        /// The domain library other county tools embed on its own (Foundation only).
        .library(name: "DisclosureCore", targets: ["DisclosureCore"]),
        /// The command-line tool.
        .executable(name: "disclosure", targets: ["disclosure"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // MARK: - The domain
        .target(
            name: "DisclosureCore",
            resources: [.copy("Resources/holidays-cn")]
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
        .target(
            name: "ImportKit",
            dependencies: ["DisclosureCore"],
            path: "Sources/Importers/ImportKit"
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

        // MARK: - Benchmarks
        .executableTarget(
            name: "oa-bench",
            dependencies: [
                "OAExport", "ImportKit", "DisclosureCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/OABench"
        ),

        // MARK: - The composition root
        .executableTarget(
            name: "disclosure",
            dependencies: [
                "DisclosureCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .testTarget(
            name: "DisclosureCoreTests",
            dependencies: ["DisclosureCore"]
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
            name: "OAExportTests",
            dependencies: [
                "OAExport", "ImportKit", "LibXML", "DisclosureCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "disclosureTests",
            dependencies: ["disclosure", "DisclosureCore"]
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
