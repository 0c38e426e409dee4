using RailWatch.AltScenes.Bench.Scenes;

namespace RailWatch.AltScenes.Bench.Rendering;

/// <summary>Everything that stands on the ground, as paintable objects with their shadow casters; each owns its ids.</summary>
internal static class SceneObjects
{
    public static IReadOnlyList<ISceneObject> Build(Scene scene, SunLight sun)
    {
        var objects = new List<ISceneObject>();
        var owner = 1;
        var snow = SnowLayer.Colour;
        var roofSnow = scene.Look.Snow.Roofs;
        foreach (var car in scene.Cars)
        {
            objects.Add(new CarObject(car, owner, sun, snow));
            owner += CarObject.OwnerIds;
        }

        var k = 0;
        foreach (var building in scene.Surroundings.Buildings)
        {
            var roof = roofSnow > 0 ? Rgbn.Lerp(building.Roof, snow, (float)roofSnow) : building.Roof;
            objects.Add(new BuildingObject(building, owner++, sun, roof, (scene.Seed * 97) + k++));
        }

        foreach (var tree in scene.Surroundings.Trees)
        {
            var crown = scene.Look.Weather == Weather.Snow ? Rgbn.Lerp(tree.Crown, snow, 0.25f) : tree.Crown;
            objects.Add(new TreeObject(tree, owner++, sun, crown, (scene.Seed * 89) + k++));
        }

        objects.AddRange(scene.Surroundings.Poles.Select(p => SlenderObject.Of(p, owner++)));
        objects.AddRange(scene.Surroundings.Beams.Select(b => SlenderObject.Of(b, owner++)));
        return objects;
    }
}
